stub: upstream file of 10210 bytes
