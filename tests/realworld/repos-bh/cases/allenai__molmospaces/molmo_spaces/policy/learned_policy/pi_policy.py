stub: upstream file of 8668 bytes
