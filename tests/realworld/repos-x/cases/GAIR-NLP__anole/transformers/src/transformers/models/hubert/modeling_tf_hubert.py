stub: upstream file of 70748 bytes
