stub: upstream file of 82026 bytes
