stub: upstream file of 20237 bytes
