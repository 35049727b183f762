stub: upstream file of 53301 bytes
