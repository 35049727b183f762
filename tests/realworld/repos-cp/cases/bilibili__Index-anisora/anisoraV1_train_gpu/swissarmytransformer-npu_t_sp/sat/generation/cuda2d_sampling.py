stub: upstream file of 3218 bytes
