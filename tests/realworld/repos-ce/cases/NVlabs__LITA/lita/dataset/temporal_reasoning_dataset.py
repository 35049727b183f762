stub: upstream file of 4099 bytes
