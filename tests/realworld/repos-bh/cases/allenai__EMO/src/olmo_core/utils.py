stub: upstream file of 25499 bytes
