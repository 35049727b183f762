stub: upstream file of 39534 bytes
