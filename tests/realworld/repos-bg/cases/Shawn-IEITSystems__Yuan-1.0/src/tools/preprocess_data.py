stub: upstream file of 7872 bytes
