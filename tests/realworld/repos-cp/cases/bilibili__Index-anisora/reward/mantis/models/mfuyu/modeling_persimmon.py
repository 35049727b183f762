stub: upstream file of 62583 bytes
