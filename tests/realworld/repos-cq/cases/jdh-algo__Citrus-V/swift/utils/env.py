stub: upstream file of 2934 bytes
