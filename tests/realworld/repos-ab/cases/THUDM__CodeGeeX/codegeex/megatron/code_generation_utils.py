stub: upstream file of 41383 bytes
