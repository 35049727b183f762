stub: upstream file of 21788 bytes
