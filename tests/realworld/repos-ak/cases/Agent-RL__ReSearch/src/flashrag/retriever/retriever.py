stub: upstream file of 36033 bytes
