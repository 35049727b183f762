stub: upstream file of 618 bytes
