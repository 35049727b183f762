stub: upstream file of 32151 bytes
