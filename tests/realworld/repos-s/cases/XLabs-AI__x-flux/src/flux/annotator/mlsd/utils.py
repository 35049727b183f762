stub: upstream file of 24055 bytes
