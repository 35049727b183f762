stub: upstream file of 48477 bytes
