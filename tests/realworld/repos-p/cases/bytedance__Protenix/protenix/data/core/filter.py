stub: upstream file of 43917 bytes
