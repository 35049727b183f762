stub: upstream file of 148515 bytes
