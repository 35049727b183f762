stub: upstream file of 15796 bytes
