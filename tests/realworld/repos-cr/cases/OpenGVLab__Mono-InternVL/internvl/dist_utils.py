stub: upstream file of 3840 bytes
