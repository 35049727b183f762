stub: upstream file of 16032 bytes
