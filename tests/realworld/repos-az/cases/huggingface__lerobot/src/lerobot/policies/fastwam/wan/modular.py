stub: upstream file of 82821 bytes
