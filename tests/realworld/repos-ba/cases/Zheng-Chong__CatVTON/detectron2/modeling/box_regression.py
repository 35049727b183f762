stub: upstream file of 15099 bytes
