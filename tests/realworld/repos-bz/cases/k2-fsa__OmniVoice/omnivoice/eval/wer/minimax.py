stub: upstream file of 19012 bytes
