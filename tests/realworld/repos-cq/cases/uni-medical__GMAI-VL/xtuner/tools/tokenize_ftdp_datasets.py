stub: upstream file of 15126 bytes
