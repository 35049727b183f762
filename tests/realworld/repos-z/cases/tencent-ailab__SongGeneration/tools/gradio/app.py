stub: upstream file of 11158 bytes
