stub: upstream file of 10944 bytes
