stub: upstream file of 15731 bytes
