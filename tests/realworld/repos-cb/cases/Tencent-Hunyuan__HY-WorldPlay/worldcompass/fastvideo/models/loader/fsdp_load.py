stub: upstream file of 14193 bytes
