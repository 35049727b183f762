stub: upstream file of 50178 bytes
