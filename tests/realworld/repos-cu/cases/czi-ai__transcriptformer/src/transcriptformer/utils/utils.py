stub: upstream file of 3717 bytes
