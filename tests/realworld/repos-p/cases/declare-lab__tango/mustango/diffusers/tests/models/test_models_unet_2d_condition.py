stub: upstream file of 37687 bytes
