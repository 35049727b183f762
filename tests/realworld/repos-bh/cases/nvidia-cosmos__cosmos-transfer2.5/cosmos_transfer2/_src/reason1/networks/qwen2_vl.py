stub: upstream file of 105405 bytes
