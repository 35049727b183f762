stub: upstream file of 67701 bytes
