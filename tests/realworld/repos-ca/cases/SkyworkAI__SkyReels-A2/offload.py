stub: upstream file of 23139 bytes
