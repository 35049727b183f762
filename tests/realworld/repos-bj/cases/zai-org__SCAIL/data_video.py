stub: upstream file of 9026 bytes
