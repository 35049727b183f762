stub: upstream file of 9649 bytes
