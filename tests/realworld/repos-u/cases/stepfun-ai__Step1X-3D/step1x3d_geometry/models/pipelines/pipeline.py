stub: upstream file of 21567 bytes
