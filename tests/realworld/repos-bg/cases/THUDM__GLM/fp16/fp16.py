stub: upstream file of 31862 bytes
