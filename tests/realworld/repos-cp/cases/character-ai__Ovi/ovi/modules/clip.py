stub: upstream file of 16960 bytes
