stub: upstream file of 308670 bytes
