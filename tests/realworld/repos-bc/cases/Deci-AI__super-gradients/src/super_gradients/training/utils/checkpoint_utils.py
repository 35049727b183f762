stub: upstream file of 159065 bytes
