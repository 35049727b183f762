stub: upstream file of 29786 bytes
