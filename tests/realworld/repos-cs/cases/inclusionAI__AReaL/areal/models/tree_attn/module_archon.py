stub: upstream file of 5164 bytes
