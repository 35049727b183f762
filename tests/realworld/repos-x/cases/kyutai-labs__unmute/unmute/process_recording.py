stub: upstream file of 16769 bytes
