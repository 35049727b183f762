stub: upstream file of 12867 bytes
