stub: upstream file of 13788 bytes
