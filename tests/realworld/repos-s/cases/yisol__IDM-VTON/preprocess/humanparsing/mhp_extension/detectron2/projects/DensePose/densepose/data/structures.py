stub: upstream file of 23474 bytes
