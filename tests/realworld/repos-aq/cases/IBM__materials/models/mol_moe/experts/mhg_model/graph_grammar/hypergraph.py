stub: upstream file of 19717 bytes
