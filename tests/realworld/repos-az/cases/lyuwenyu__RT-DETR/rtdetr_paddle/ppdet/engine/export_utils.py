stub: upstream file of 14121 bytes
