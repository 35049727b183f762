stub: upstream file of 111232 bytes
